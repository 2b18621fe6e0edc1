<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.os_errors</name>
    <message>
      <source>a file with this name already exists</source>
      <translation>đã có tệp trùng tên</translation>
    </message>
    <message>
      <source>there is no such file or folder</source>
      <translation>không có tệp hoặc thư mục này</translation>
    </message>
    <message>
      <source>access is denied (the file may be open in another program)</source>
      <translation>không có quyền truy cập (tệp có thể đang mở trong chương trình khác)</translation>
    </message>
    <message>
      <source>the operation is not permitted</source>
      <translation>thao tác không được phép</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation>ổ đĩa chỉ cho đọc</translation>
    </message>
    <message>
      <source>this is a folder, not a file</source>
      <translation>đây là thư mục, không phải tệp</translation>
    </message>
    <message>
      <source>a part of the path is not a folder</source>
      <translation>một phần của đường dẫn không phải thư mục</translation>
    </message>
    <message>
      <source>the file is in use by another program</source>
      <translation>tệp đang được chương trình khác dùng</translation>
    </message>
    <message>
      <source>the name is too long</source>
      <translation>tên quá dài</translation>
    </message>
    <message>
      <source>the name or path is not valid</source>
      <translation>tên hoặc đường dẫn không hợp lệ</translation>
    </message>
    <message>
      <source>the disk could not be read or written</source>
      <translation>không đọc hoặc ghi được ổ đĩa</translation>
    </message>
    <message>
      <source>the folder is not empty</source>
      <translation>thư mục không trống</translation>
    </message>
    <message>
      <source>the file cannot be moved to another drive this way</source>
      <translation>không chuyển được tệp sang ổ đĩa khác theo cách này</translation>
    </message>
  </context>
</TS>
