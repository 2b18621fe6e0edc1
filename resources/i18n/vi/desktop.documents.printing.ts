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
      <source>handover minutes</source>
      <translation>biên bản bàn giao</translation>
    </message>
    <message>
      <source>household receipt lists</source>
      <translation>danh sách ký nhận của hộ</translation>
    </message>
    <message>
      <source>survey sheets</source>
      <translation>phiếu khảo sát</translation>
    </message>
    <message>
      <source>a commune's needs proposal</source>
      <translation>báo cáo đề xuất nhu cầu của xã</translation>
    </message>
    <message>
      <source>the area's needs summary</source>
      <translation>bản tổng hợp đề xuất nhu cầu của địa bàn</translation>
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
      <source>A hub does not print {kind}: the commune makes and signs it for its own records. A hub prints periodic, needs-summary and year-end reports of its area.</source>
      <translation>Trạm tổng hợp không in {kind}: văn bản này do xã lập và ký cho hồ sơ của xã. Trạm tổng hợp in báo cáo định kỳ (periodic), tổng hợp đề xuất nhu cầu (needs-summary) và báo cáo tổng kết (year-end) của địa bàn.</translation>
    </message>
    <message>
      <source>Only a district or city hub prints {kind}; a commune prints needs-report.</source>
      <translation>Chỉ trạm tổng hợp (huyện hoặc thành phố) mới in {kind}; xã in báo cáo đề xuất nhu cầu (needs-report).</translation>
    </message>
    <message>
      <source>Choose {what} first.</source>
      <translation>Hãy chọn {what} trước.</translation>
    </message>
  </context>
</TS>
