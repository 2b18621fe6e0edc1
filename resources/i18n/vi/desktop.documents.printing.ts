<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>This receipt has no items; add them before printing the minutes.</source>
      <translation>Lượt tiếp nhận này chưa có hàng, nội dung nào; hãy nhập trước khi in biên bản.</translation>
    </message>
    <message>
      <source>Nothing from this receipt has been handed to households or villages yet.</source>
      <translation>Lượt tiếp nhận này chưa được phân bổ cho hộ hoặc thôn nào.</translation>
    </message>
  </context>
</TS>
