<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.errors</name>
    <message>
      <source>The file {name} could not be used ({reason}).</source>
      <translation>Không dùng được tệp {name} ({reason}).</translation>
    </message>
    <message>
      <source>The disk is full: {name} could not be written. Free some space on the disk (or choose another one) and try again.</source>
      <translation>Ổ đĩa đã đầy: không ghi được {name}. Giải phóng dung lượng ổ đĩa (hoặc chọn ổ khác) rồi thử lại.</translation>
    </message>
    <message>
      <source>The disk holding {name} is read-only; choose another place.</source>
      <translation>Ổ đĩa chứa {name} chỉ cho đọc; chọn nơi khác.</translation>
    </message>
    <message>
      <source>The file {name} cannot be used: permission denied (it may be open in another program, or the folder may be protected).</source>
      <translation>Không dùng được tệp {name}: không có quyền (tệp có thể đang mở trong chương trình khác, hoặc thư mục được bảo vệ).</translation>
    </message>
    <message>
      <source>The file or folder {name} does not exist.</source>
      <translation>Không có tệp hoặc thư mục {name}.</translation>
    </message>
  </context>
</TS>
