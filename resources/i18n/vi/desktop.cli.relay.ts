<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.relay</name>
    <message>
      <source>The relay needs its extra libraries: pip install “ketnghia[relay]”.</source>
      <translation>Máy chủ trung chuyển cần thêm thư viện: pip install “ketnghia[relay]”.</translation>
    </message>
    <message>
      <source>This relay folder is pinned to another district hub; use another folder.</source>
      <translation>Thư mục này của máy chủ trung chuyển đã gắn với một trạm tổng hợp khác; hãy dùng thư mục khác.</translation>
    </message>
  </context>
</TS>
