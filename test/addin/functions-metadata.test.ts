/**
 * functions.json as Excel will see it, generated from the JSDoc of src/functions/functions.ts by the same generator
 * the webpack plugin uses. A changed signature shows up here first (Excel caches the metadata for up to a day).
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import path from 'path';

const SOURCE = path.join(__dirname, '..', '..', 'src', 'functions', 'functions.ts');

interface Metadata {
  functions: { id: string; name: string; description: string; options?: { stream?: boolean; volatile?: boolean }; parameters: { name: string; optional?: boolean; dimensionality?: string; description: string }[]; result: { dimensionality?: string } }[];
}

describe('custom functions metadata', () => {
  let metadata: Metadata;
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([SOURCE], true);
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson) as Metadata;
  });

  it('declares the seven functions of interfaces.md', () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(['CHECKDEADLINE', 'CHECKQUOTA', 'DEADLINE', 'DUPLICATES', 'NORMALIZE', 'QUOTA', 'UNITTYPE']);
  });

  it('describes them in Vietnamese, none volatile, CHECKQUOTA streaming and spilling', () => {
    for (const f of metadata.functions) {
      expect(f.description).toMatch(/[ăâđêôơưàảãáạèẻẽéẹìỉĩíịòỏõóọùủũúụỳỷỹýỵ]/i);
      expect(f.options?.volatile).toBeFalsy();
      for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(3);
    }
    const cq = metadata.functions.find((f) => f.id === 'CHECKQUOTA');
    expect(cq?.options?.stream).toBe(true);
    expect(cq?.result.dimensionality).toBe('matrix');
    expect(cq?.parameters.every((p) => p.optional)).toBe(true);
    expect(metadata.functions.find((f) => f.id === 'DUPLICATES')?.result.dimensionality).toBe('matrix');
  });

  it('matches the snapshot', () => {
    expect(metadata).toMatchSnapshot();
  });
});
