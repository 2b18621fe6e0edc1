<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.documents_register</name>
    <message>
      <source>A document needs a kind and a symbol to be numbered.</source>
      <translation>Văn bản cần có loại và ký hiệu để cấp số.</translation>
    </message>
    <message>
      <source>This document is not in the register.</source>
      <translation>Văn bản này không có trong sổ đăng ký văn bản.</translation>
    </message>
    <message>
      <source>Issued document</source>
      <translation>Văn bản đã phát hành</translation>
    </message>
  </context>
</TS>
