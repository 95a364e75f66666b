// svgcanvas ships no types: the part used here (a mock canvas element whose 2D context records SVG).
declare module 'svgcanvas' {
  export class Element {
    constructor(options: { width: number; height: number });
    width: number;
    height: number;
    ctx: CanvasRenderingContext2D & { getSerializedSvg(fixNamedEntities?: boolean): string };
    getContext(type: '2d'): CanvasRenderingContext2D;
  }
}
