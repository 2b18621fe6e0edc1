<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.store</name>
    <message>
      <source>This database was made by an older version of Sổ Kết Nghĩa and must be upgraded before it can be read; open the program once (the window, or a command that changes data) on a disk that can be written.</source>
      <translation>Cơ sở dữ liệu này do phiên bản Sổ Kết Nghĩa cũ hơn tạo và cần được nâng cấp trước khi đọc; hãy mở chương trình một lần (cửa sổ, hoặc một lệnh có thay đổi dữ liệu) trên ổ đĩa ghi được.</translation>
    </message>
    <message>
      <source>This data folder has no station yet; run “ketnghia init” first.</source>
      <translation>Thư mục dữ liệu này chưa có trạm; hãy chạy “ketnghia init” trước.</translation>
    </message>
    <message>
      <source>The database file {path} is empty (0 bytes); it was left as it is, not replaced. Restore a backup copy: “ketnghia backup list”, then “ketnghia backup restore FILE”.</source>
      <translation>Tệp cơ sở dữ liệu {path} rỗng (0 byte); tệp được giữ nguyên, không bị thay thế. Hãy khôi phục một bản sao lưu: “ketnghia backup list”, rồi “ketnghia backup restore TỆP”.</translation>
    </message>
    <message>
      <source>The database file {path} is damaged or is not a database of Sổ Kết Nghĩa; it was left as it is. Restore a backup copy: “ketnghia backup list”, then “ketnghia backup restore FILE”.</source>
      <translation>Tệp cơ sở dữ liệu {path} bị hỏng hoặc không phải cơ sở dữ liệu của Sổ Kết Nghĩa; tệp được giữ nguyên. Hãy khôi phục một bản sao lưu: “ketnghia backup list”, rồi “ketnghia backup restore TỆP”.</translation>
    </message>
    <message>
      <source>The database file {path} cannot be read ({reason}); it was left as it is.</source>
      <translation>Không đọc được tệp cơ sở dữ liệu {path} ({reason}); tệp được giữ nguyên.</translation>
    </message>
    <message>
      <source>No station is set up in {folder}; run “ketnghia init” first.</source>
      <translation>Chưa thiết lập trạm nào trong {folder}; hãy chạy “ketnghia init” trước.</translation>
    </message>
  </context>
</TS>
