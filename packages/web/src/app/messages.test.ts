import { describe, expect, it } from 'vitest';
import { commonMessages, type MessageTable } from '../lib/messages';
import { featureMessages } from './messages';

// Every message file of every feature, found by name so a new file cannot be forgotten by the list in ./messages.ts.
const files = import.meta.glob<Record<string, unknown>>('../features/*/*essages.ts', { eager: true });
const tables: MessageTable[] = [commonMessages, ...featureMessages];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the interface strings', () => {
  it('installs every table of every feature message file', () => {
    const found = Object.values(files).flatMap((file) => Object.values(file));
    expect(found.length).toBeGreaterThan(0);
    for (const table of found) expect(featureMessages).toContain(table);
  });

  it('has every key in Vietnamese and English, with the same placeholders', () => {
    const problems: string[] = [];
    for (const table of tables) {
      for (const [key, text] of Object.entries(table)) {
        if (!text.vi?.trim()) problems.push(`${key}: Vietnamese missing`);
        if (!text.en?.trim()) problems.push(`${key}: English missing`);
        if (placeholders(text.vi).join() !== placeholders(text.en).join()) problems.push(`${key}: placeholders differ`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('defines each key once', () => {
    const keys = tables.flatMap((table) => Object.keys(table));
    expect(keys.length).toBeGreaterThan(700);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });
});
