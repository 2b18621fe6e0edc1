<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.references</name>
    <message>
      <source>The bundle links a record ({table}.{column}) to a record of another commune ({target} of commune {code}).</source>
      <translation>Gói dữ liệu liên kết một bản ghi ({table}.{column}) với một bản ghi của xã khác ({target} của xã {code}).</translation>
    </message>
  </context>
</TS>
