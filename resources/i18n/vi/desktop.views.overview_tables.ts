<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.overview_tables</name>
    <message>
      <source>Value received this year by sponsor</source>
      <translation>Giá trị tiếp nhận trong năm theo đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Needs of this year by status</source>
      <translation>Nhu cầu trong năm theo tình trạng</translation>
    </message>
    <message>
      <source>Deadlines coming</source>
      <translation>Thời hạn sắp đến</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Lượt tiếp nhận</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Giá trị</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Nhu cầu</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Hạn</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Còn lại</translation>
    </message>
    <message>
      <source>{days} days left</source>
      <translation>còn {days} ngày</translation>
    </message>
  </context>
</TS>
