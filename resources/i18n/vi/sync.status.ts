<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.status</name>
    <message>
      <source>its clock runs {days} days ahead of this PC's</source>
      <translation>đồng hồ của trạm chạy nhanh hơn máy này {days} ngày</translation>
    </message>
  </context>
</TS>
