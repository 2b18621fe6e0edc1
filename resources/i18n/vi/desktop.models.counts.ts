<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.counts</name>
    <message>
      <source>villages</source>
      <translation>thôn</translation>
    </message>
    <message>
      <source>households</source>
      <translation>hộ gia đình</translation>
    </message>
    <message>
      <source>survey rounds</source>
      <translation>đợt khảo sát</translation>
    </message>
    <message>
      <source>needs</source>
      <translation>nhu cầu</translation>
    </message>
    <message>
      <source>receipts</source>
      <translation>lượt tiếp nhận</translation>
    </message>
    <message>
      <source>items received</source>
      <translation>mặt hàng tiếp nhận</translation>
    </message>
    <message>
      <source>hand-outs</source>
      <translation>lượt cấp phát</translation>
    </message>
    <message>
      <source>livelihood models</source>
      <translation>mô hình sinh kế</translation>
    </message>
    <message>
      <source>assessments</source>
      <translation>bản đánh giá</translation>
    </message>
    <message>
      <source>sponsors</source>
      <translation>đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>twinnings</source>
      <translation>quan hệ kết nghĩa</translation>
    </message>
    <message>
      <source>working group members</source>
      <translation>thành viên tổ công tác</translation>
    </message>
  </context>
</TS>
