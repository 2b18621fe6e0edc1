<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.receipts_page</name>
    <message>
      <source>Search content, sponsor, item or minutes no.</source>
      <translation>Tìm nội dung, đơn vị, hạng mục hoặc số biên bản</translation>
    </message>
    <message>
      <source>Resources received</source>
      <translation>Tiếp nhận nguồn lực</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>Tất cả các năm</translation>
    </message>
    <message>
      <source>All sponsors</source>
      <translation>Tất cả đơn vị</translation>
    </message>
    <message>
      <source>All support categories</source>
      <translation>Tất cả nội dung hỗ trợ</translation>
    </message>
    <message>
      <source>New receipt</source>
      <translation>Thêm lượt tiếp nhận</translation>
    </message>
    <message>
      <source>All communes</source>
      <translation>Tất cả các xã</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Support category</source>
      <translation>Nội dung hỗ trợ</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Hạng mục</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Giá trị</translation>
    </message>
    <message>
      <source>Handed out</source>
      <translation>Đã cấp phát</translation>
    </message>
    <message>
      <source>Minutes no.</source>
      <translation>Số biên bản</translation>
    </message>
    <message>
      <source>Gift only</source>
      <translation>Chỉ tặng quà</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>có</translation>
    </message>
  </context>
</TS>
