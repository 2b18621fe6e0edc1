<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.db</name>
    <message>
      <source>The disk is full; free some space and try again.</source>
      <translation>Ổ đĩa đã đầy; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
      <source>The database is locked by another program; close it and try again.</source>
      <translation>Cơ sở dữ liệu đang bị một chương trình khác khóa; hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
      <source>The database file is damaged; restore it from a backup copy.</source>
      <translation>Tệp cơ sở dữ liệu bị hỏng; hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
      <source>The database file cannot be written; check its folder.</source>
      <translation>Không ghi được tệp cơ sở dữ liệu; hãy kiểm tra thư mục chứa nó.</translation>
    </message>
    <message>
      <source>The database could not be used: {error}</source>
      <translation>Không dùng được cơ sở dữ liệu: {error}</translation>
    </message>
  </context>
</TS>
