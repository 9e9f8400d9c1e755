// Parts of a sheet the engine never reads: skipping them makes loading faster.
export const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'tableParts',
  'extLst',
  'rowBreaks',
  'hyperlinks',
  'autoFilter',
  'sheetProtection',
];
