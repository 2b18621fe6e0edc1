<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.info</name>
    <message>
      <source>describe this station</source>
      <translation>thông tin về trạm này</translation>
    </message>
    <message>
      <source>one JSON object</source>
      <translation>một đối tượng JSON</translation>
    </message>
  </context>
</TS>
