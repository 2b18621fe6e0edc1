<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.jobs</name>
    <message>
      <source>Stop after this file</source>
      <translation>Dừng sau tệp này</translation>
    </message>
    <message>
      <source>Sổ Kết Nghĩa</source>
      <translation>Sổ Kết Nghĩa</translation>
    </message>
    <message>
      <source>A background task (an import, an exchange or a document) is writing to the database; wait until it ends, then save again.</source>
      <translation>Chương trình đang ghi dữ liệu ở nền (nhập dữ liệu, trao đổi với trạm tổng hợp hoặc lập văn bản); chờ việc đó xong rồi lưu lại.</translation>
    </message>
    <message>
      <source>Another exchange is still running; wait until it ends.</source>
      <translation>Một lần trao đổi khác đang chạy; hãy chờ đến khi xong.</translation>
    </message>
    <message>
      <source>Stopped before the end.</source>
      <translation>Đã dừng trước khi xong.</translation>
    </message>
  </context>
</TS>
