import { describe, expect, it } from 'vitest';
import { letterCells } from '../../../../src/lib/domain/extract/text-cells';

describe('a label spelt one letter to a cell, as on graph paper', () => {
  it('is written whole at the row’s start, its value after it', () => {
    expect(letterCells('\t件\t\t名\t\t特定保健指導業務の委託について')).toBe('件名\t\t特定保健指導業務の委託について');
    expect(letterCells('区\t\t\t\t分\t諮問')).toBe('区分\t諮問');
  });

  it('ends where the letters stop standing evenly apart: a one-letter value after a wider gap stays the value', () => {
    expect(letterCells('記\t録\t媒\t体\t\t紙\t電子メール')).toBe('記録媒体\t\t紙\t電子メール');
  });

  it('joins a label spaced letter by letter in a cell of its own', () => {
    expect(letterCells('担 当 部')).toBe('担当部');
    expect(letterCells('\t市民部\t担 当 課\t国保年金課')).toBe('\t市民部\t担当課\t国保年金課');
  });

  it('leaves letters that spell no label, and text, as they are', () => {
    expect(letterCells('有\t無')).toBe('有\t無');
    expect(letterCells('男 女 別')).toBe('男 女 別');
    expect(letterCells('氏名\t住所')).toBe('氏名\t住所');
  });
});
