<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.keys</name>
    <message>
      <source>This station already has keys; they are never replaced.</source>
      <translation>Trạm này đã có khóa; khóa không bao giờ được thay.</translation>
    </message>
    <message>
      <source>This data folder has no station yet; run “ketnghia init” first.</source>
      <translation>Thư mục dữ liệu này chưa có trạm; hãy chạy “ketnghia init” trước.</translation>
    </message>
    <message>
      <source>The key files in {folder} belong to another station.</source>
      <translation>Các tệp khóa trong {folder} thuộc về một trạm khác.</translation>
    </message>
    <message>
      <source>The keys of this station are missing from {folder}; restore them from a backup or set up this PC again as a new station.</source>
      <translation>Thiếu khóa của trạm này trong {folder}; hãy khôi phục từ bản sao lưu hoặc thiết lập lại máy này thành trạm mới.</translation>
    </message>
    <message>
      <source>The key files in {folder} are damaged.</source>
      <translation>Các tệp khóa trong {folder} bị hỏng.</translation>
    </message>
  </context>
</TS>
