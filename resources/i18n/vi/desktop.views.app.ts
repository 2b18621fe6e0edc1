<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.app</name>
    <message>
      <source>Sổ Kết Nghĩa</source>
      <translation>Sổ Kết Nghĩa</translation>
    </message>
    <message>
      <source>Sổ Kết Nghĩa is already open on this data folder but does not answer; close that window (or restart the computer) and try again.</source>
      <translation>Sổ Kết Nghĩa đang mở trên thư mục dữ liệu này nhưng không trả lời; đóng cửa sổ đó (hoặc khởi động lại máy) rồi thử lại.</translation>
    </message>
    <message>
      <source>Sổ Kết Nghĩa cannot open its data</source>
      <translation>Sổ Kết Nghĩa không mở được dữ liệu</translation>
    </message>
    <message>
      <source>Unknown page “{page}”; pages: {pages}.</source>
      <translation>Không có trang “{page}”; các trang: {pages}.</translation>
    </message>
    <message>
      <source>Could not write the picture to {path}.</source>
      <translation>Không ghi được ảnh vào {path}.</translation>
    </message>
  </context>
</TS>
