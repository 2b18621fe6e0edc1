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
  </context>
</TS>
