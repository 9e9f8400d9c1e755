/** What reading a Word document says to the user (Vietnamese), in one place. */
export const docxText = {
  damaged: (file: string) => `Tệp ${file} bị hỏng hoặc không đọc được: hãy mở thử bằng Word, lưu lại dưới dạng .docx rồi chọn lại.`,
  tooLarge: (file: string, megabytes: number) =>
    `Tệp ${file} nén bất thường (giải nén ra hơn ${megabytes} MB): tệp này không được mở để bảo vệ máy.`,
  /** The name a table of the document is read under, as a sheet. */
  tableName: (n: number) => `Bảng ${n}`,
  /** The name a document without a table is read under: its paragraphs alone. */
  bodyName: 'Nội dung văn bản',
  /** The list is an Excel workbook pasted into the document as an object, and it could not be read. */
  embeddedWorkbook: (file: string) =>
    `Tệp ${file} có danh sách dán vào dưới dạng đối tượng Excel nhúng, không đọc được: hãy gửi danh sách dưới dạng tệp Excel (.xlsx) hoặc dán thành bảng trong Word.`,
};
