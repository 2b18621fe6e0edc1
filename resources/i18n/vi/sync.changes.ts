<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.changes</name>
    <message>
      <source>The bundle's content is malformed ({detail}).</source>
      <translation>Nội dung gói dữ liệu sai cấu trúc ({detail}).</translation>
    </message>
    <message>
      <source>The bundle writes to “{table}”, which a station may not write.</source>
      <translation>Gói dữ liệu ghi vào “{table}”, nơi trạm không được phép ghi.</translation>
    </message>
    <message>
      <source>The bundle changes the district's sponsor directory ({table}), which only the district hub may change.</source>
      <translation>Gói thay đổi danh mục đơn vị kết nghĩa ({table}); chỉ trạm tổng hợp được thay đổi.</translation>
    </message>
    <message>
      <source>The district's bundle changes this commune's own records ({table}); only the commune's stations change them.</source>
      <translation>Gói dữ liệu của huyện sửa bản ghi của chính xã này ({table}); chỉ các trạm của xã mới được sửa các bản ghi đó.</translation>
    </message>
    <message>
      <source>The bundle holds a column this program does not know ({table}.{column}).</source>
      <translation>Gói dữ liệu có cột mà chương trình này không biết ({table}.{column}).</translation>
    </message>
    <message>
      <source>The bundle names a file in a way that is not allowed ({table}.{column}: {value}).</source>
      <translation>Gói dữ liệu đặt tên tệp theo cách không được phép ({table}.{column}: {value}).</translation>
    </message>
    <message>
      <source>The bundle changes a district-owned record ({table}), which only the district may change.</source>
      <translation>Gói dữ liệu sửa một bản ghi do trạm tổng hợp quản lý ({table}); chỉ trạm tổng hợp mới được sửa.</translation>
    </message>
    <message>
      <source>The bundle changes a record of another commune ({code}).</source>
      <translation>Gói dữ liệu sửa bản ghi của xã khác ({code}).</translation>
    </message>
  </context>
</TS>
