<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>Overview</source>
      <translation>Tổng quan</translation>
    </message>
    <message>
      <source>Resources received</source>
      <translation>Tiếp nhận nguồn lực</translation>
    </message>
    <message>
      <source>Livelihood models</source>
      <translation>Mô hình sinh kế</translation>
    </message>
    <message>
      <source>Year-end assessment</source>
      <translation>Đánh giá cuối năm</translation>
    </message>
    <message>
      <source>Households</source>
      <translation>Hộ gia đình</translation>
    </message>
    <message>
      <source>Trash</source>
      <translation>Thùng rác</translation>
    </message>
  </context>
</TS>
