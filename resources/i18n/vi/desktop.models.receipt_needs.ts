<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.receipt_needs</name>
    <message>
      <source>Receipt–need link</source>
      <translation>Liên kết tiếp nhận – nhu cầu</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Giá trị</translation>
    </message>
  </context>
</TS>
