/** What the engine's worker says to the user (Vietnamese) when the worker itself fails, in one place. */
export const workerText = {
  timedOut: 'Việc xử lý quá lâu (quá 2 phút) nên đã dừng; hãy thử lại với ít tệp hơn.',
  crashed: 'Bộ xử lý của trang gặp sự cố và đã được khởi động lại; hãy thử lại.',
  /** The source named in errors of a profile checked alone in the task pane. */
  profileSource: 'Cấu hình',
};
