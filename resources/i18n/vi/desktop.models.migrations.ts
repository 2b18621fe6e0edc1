<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.migrations</name>
    <message>
      <source>This database was made by a newer version of Sổ Kết Nghĩa (schema {found}, this program knows {known}); install the newer program to open it.</source>
      <translation>Cơ sở dữ liệu này do phiên bản Sổ Kết Nghĩa mới hơn tạo ra (lược đồ {found}, chương trình này chỉ biết đến {known}); hãy cài phiên bản mới hơn để mở.</translation>
    </message>
  </context>
</TS>
