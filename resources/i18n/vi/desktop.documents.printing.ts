<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.documents.printing</name>
    <message>
      <source>Handover minutes of a receipt</source>
      <translation>Biên bản bàn giao của một lượt tiếp nhận</translation>
    </message>
    <message>
      <source>handover minutes</source>
      <translation>biên bản bàn giao</translation>
    </message>
    <message>
      <source>Household receipt list of a receipt</source>
      <translation>Danh sách hộ ký nhận của một lượt tiếp nhận</translation>
    </message>
    <message>
      <source>household receipt lists</source>
      <translation>danh sách ký nhận của hộ</translation>
    </message>
    <message>
      <source>Needs proposal of a year</source>
      <translation>Báo cáo đề xuất nhu cầu của năm</translation>
    </message>
    <message>
      <source>a commune's needs proposal</source>
      <translation>báo cáo đề xuất nhu cầu của xã</translation>
    </message>
    <message>
      <source>Summary of the communes' needs proposals</source>
      <translation>Tổng hợp đề xuất nhu cầu của các xã</translation>
    </message>
    <message>
      <source>the area's needs summary</source>
      <translation>bản tổng hợp đề xuất nhu cầu của địa bàn</translation>
    </message>
    <message>
      <source>Year-end report with the sponsors' assessment</source>
      <translation>Báo cáo tổng kết năm, nhận xét đánh giá đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Periodic report</source>
      <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
      <source>Household survey sheet</source>
      <translation>Phiếu khảo sát hộ</translation>
    </message>
    <message>
      <source>survey sheets</source>
      <translation>phiếu khảo sát</translation>
    </message>
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
