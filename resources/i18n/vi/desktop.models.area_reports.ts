<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.area_reports</name>
    <message>
      <source>No commune of the area has figures in this period of {year}: no receipts, needs or models.</source>
      <translation>Trong kỳ này của năm {year}, chưa xã nào trên địa bàn có số liệu: chưa có tiếp nhận, nhu cầu hay mô hình nào.</translation>
    </message>
    <message>
      <source>No commune of the area has proposed needs for {year}.</source>
      <translation>Chưa xã nào trên địa bàn đề xuất nhu cầu năm {year}.</translation>
    </message>
    <message>
      <source>No sponsor worked in the area in {year}.</source>
      <translation>Năm {year} chưa có đơn vị kết nghĩa nào hoạt động trên địa bàn.</translation>
    </message>
  </context>
</TS>
