// An extracted matter as the gold comparison sees it (one definition, in eval/extraction/compare.ts).
export { viewOf as view } from '../../eval/extraction/compare';
