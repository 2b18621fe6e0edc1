<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.conflict_review</name>
    <message>
      <source>This conflict no longer exists.</source>
      <translation>Xung đột này không còn nữa.</translation>
    </message>
    <message>
      <source>This conflict was already settled.</source>
      <translation>Xung đột này đã được xử lý.</translation>
    </message>
    <message>
      <source>The record of this conflict no longer exists here.</source>
      <translation>Bản ghi của xung đột này không còn ở trạm này.</translation>
    </message>
    <message>
      <source>The other version cannot be taken: it clashes with another record ({detail}).</source>
      <translation>Không lấy được bản kia: bản đó trùng với một bản ghi khác ({detail}).</translation>
    </message>
  </context>
</TS>
