<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.merge</name>
    <message>
      <source>The bundle moves a record ({table} {id}) from commune {old} to {new}.</source>
      <translation>Gói dữ liệu chuyển một bản ghi ({table} {id}) từ xã {old} sang xã {new}.</translation>
    </message>
    <message>
      <source>The bundle holds values the database refuses ({detail}).</source>
      <translation>Gói dữ liệu có giá trị mà cơ sở dữ liệu không chấp nhận ({detail}).</translation>
    </message>
    <message>
      <source>The bundle adds a record ({table} {id}) that clashes with a record of another commune ({code}).</source>
      <translation>Gói dữ liệu thêm một bản ghi ({table} {id}) trùng với một bản ghi của xã khác ({code}).</translation>
    </message>
  </context>
</TS>
