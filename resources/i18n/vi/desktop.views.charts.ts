<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.charts</name>
    <message>
      <source>Needs of this year by status</source>
      <translation>Nhu cầu trong năm theo tình trạng</translation>
    </message>
    <message>
      <source>Received this year by sponsor (million đ)</source>
      <translation>Tiếp nhận trong năm theo đơn vị (triệu đ)</translation>
    </message>
    <message>
      <source>Received this year by category (million đ)</source>
      <translation>Tiếp nhận trong năm theo nội dung (triệu đ)</translation>
    </message>
    <message>
      <source>Sponsors behind their targets this year</source>
      <translation>Đơn vị chưa đạt chỉ tiêu trong năm</translation>
    </message>
    <message>
      <source>Deadlines coming</source>
      <translation>Thời hạn sắp đến</translation>
    </message>
    <message>
      <source>No need proposed for this year yet.</source>
      <translation>Chưa có nhu cầu nào được đề xuất cho năm nay.</translation>
    </message>
    <message>
      <source>Nothing received this year yet.</source>
      <translation>Năm nay chưa tiếp nhận nguồn lực nào.</translation>
    </message>
    <message>
      <source>No deadline coming.</source>
      <translation>Không có thời hạn nào sắp đến.</translation>
    </message>
    <message>
      <source>No survey round has classified households yet.</source>
      <translation>Chưa có đợt khảo sát nào phân loại hộ.</translation>
    </message>
    <message>
      <source>Poverty rate by commune, by year</source>
      <translation>Tỷ lệ hộ nghèo theo xã qua các năm</translation>
    </message>
    <message>
      <source>Poverty rate by village, survey rounds</source>
      <translation>Tỷ lệ hộ nghèo theo thôn qua các đợt khảo sát</translation>
    </message>
    <message>
      <source>Every twinned sponsor has met its targets this year.</source>
      <translation>Mọi đơn vị kết nghĩa đều đã đạt chỉ tiêu năm nay.</translation>
    </message>
    <message>
      <source>Computing…</source>
      <translation>Đang tính…</translation>
    </message>
    <message>
      <source>No sponsor is twinned with any commune this year.</source>
      <translation>Năm nay chưa có đơn vị nào kết nghĩa với xã nào.</translation>
    </message>
    <message>
      <source>No sponsor is twinned with the commune this year: add one on the Sponsors page.</source>
      <translation>Năm nay xã chưa có đơn vị kết nghĩa: thêm đơn vị ở trang Đơn vị kết nghĩa.</translation>
    </message>
    <message>
      <source>{actual} of {required}</source>
      <translation>{actual} / {required}</translation>
    </message>
    <message>
      <source>{days} days left</source>
      <translation>còn {days} ngày</translation>
    </message>
  </context>
</TS>
