<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.district_demo</name>
    <message>
      <source>Only a district hub holds a demo district.</source>
      <translation>Chỉ trạm tổng hợp mới có dữ liệu mẫu của cả địa bàn.</translation>
    </message>
    <message>
      <source>{unit} holds too few communes for a demo district.</source>
      <translation>Đơn vị {unit} có quá ít xã để tạo địa bàn mẫu.</translation>
    </message>
  </context>
</TS>
