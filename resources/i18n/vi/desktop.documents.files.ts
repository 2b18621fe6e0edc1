<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.documents.files</name>
    <message>
      <source>{path} is a folder; give a file name.</source>
      <translation>{path} là một thư mục; hãy cho tên tệp.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
      <source>The file {path} cannot be written here.</source>
      <translation>Không ghi được tệp {path} ở đây.</translation>
    </message>
  </context>
</TS>
