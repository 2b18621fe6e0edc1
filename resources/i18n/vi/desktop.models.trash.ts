<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.trash</name>
    <message>
      <source>This kind of record cannot be restored.</source>
      <translation>Loại bản ghi này không khôi phục được.</translation>
    </message>
    <message>
      <source>This record is no longer in the trash.</source>
      <translation>Bản ghi này không còn trong thùng rác.</translation>
    </message>
    <message>
      <source>This record cannot be restored: another record now takes its place.</source>
      <translation>Không khôi phục được bản ghi này: đã có bản ghi khác thay thế.</translation>
    </message>
  </context>
</TS>
