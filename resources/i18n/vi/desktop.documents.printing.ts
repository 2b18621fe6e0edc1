<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.documents.printing</name>
    <message>
      <source>This receipt has no items; add them before printing the minutes.</source>
      <translation>Lượt tiếp nhận này chưa có hàng, nội dung nào; hãy nhập trước khi in biên bản.</translation>
    </message>
    <message>
      <source>Nothing from this receipt has been handed to households or villages yet.</source>
      <translation>Lượt tiếp nhận này chưa được phân bổ cho hộ hoặc thôn nào.</translation>
    </message>
    <message>
      <source>a receipt</source>
      <translation>một lượt tiếp nhận</translation>
    </message>
    <message>
      <source>a year</source>
      <translation>năm</translation>
    </message>
    <message>
      <source>a period</source>
      <translation>kỳ báo cáo</translation>
    </message>
    <message>
      <source>Unknown document kind {kind}.</source>
      <translation>Không có loại văn bản {kind}.</translation>
    </message>
    <message>
      <source>Choose {what} first.</source>
      <translation>Hãy chọn {what} trước.</translation>
    </message>
  </context>
</TS>
