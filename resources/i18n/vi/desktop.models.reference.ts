<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.reference</name>
    <message>
      <source>Reference data version {new} is not newer than the installed {old}.</source>
      <translation>Dữ liệu danh mục phiên bản {new} không mới hơn phiên bản đang dùng {old}.</translation>
    </message>
  </context>
</TS>
