<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.screenshot</name>
    <message>
      <source>save a page of the window as PNG</source>
      <translation>lưu một trang của cửa sổ thành ảnh PNG</translation>
    </message>
    <message>
      <source>page name, e.g. overview</source>
      <translation>tên trang, ví dụ overview</translation>
    </message>
    <message>
      <source>PNG file to write</source>
      <translation>tệp PNG sẽ ghi</translation>
    </message>
    <message>
      <source>window size WxH</source>
      <translation>cỡ cửa sổ RộngxCao</translation>
    </message>
    <message>
      <source>The size must look like 1366x768.</source>
      <translation>Kích thước phải có dạng 1366x768.</translation>
    </message>
  </context>
</TS>
