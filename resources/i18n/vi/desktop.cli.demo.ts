<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.demo</name>
    <message>
      <source>fill this station with demo data</source>
      <translation>nạp dữ liệu mẫu vào trạm này</translation>
    </message>
    <message>
      <source>The number of households must be between 1 and 200000.</source>
      <translation>Số hộ phải từ 1 đến 200000.</translation>
    </message>
    <message>
      <source>This station already holds households; demo data goes into a new station.</source>
      <translation>Trạm này đã có dữ liệu hộ; dữ liệu mẫu chỉ nạp vào trạm mới.</translation>
    </message>
    <message>
      <source>Demo data added: {counts}.</source>
      <translation>Đã nạp dữ liệu mẫu: {counts}.</translation>
    </message>
  </context>
</TS>
