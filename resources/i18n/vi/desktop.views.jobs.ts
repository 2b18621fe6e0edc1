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
      <source>Another exchange is still running; wait until it ends.</source>
      <translation>Một lần trao đổi khác đang chạy; hãy chờ đến khi xong.</translation>
    </message>
    <message>
      <source>The file {name} could not be used ({reason}).</source>
      <translation>Không dùng được tệp {name} ({reason}).</translation>
    </message>
  </context>
</TS>
