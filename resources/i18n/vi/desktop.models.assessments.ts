<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.assessments</name>
    <message>
      <source>Excellently completed its tasks</source>
      <translation>Hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
      <source>Well completed its tasks</source>
      <translation>Hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
      <source>Completed its tasks</source>
      <translation>Hoàn thành nhiệm vụ</translation>
    </message>
    <message>
      <source>Did not complete its tasks</source>
      <translation>Không hoàn thành nhiệm vụ</translation>
    </message>
    <message>
      <source>This sponsor does not exist or has been deleted.</source>
      <translation>Đơn vị kết nghĩa này không tồn tại hoặc đã bị xóa.</translation>
    </message>
    <message>
      <source>not twinned with the commune this year (no participation)</source>
      <translation>không kết nghĩa với xã trong năm (không tham gia công tác kết nghĩa)</translation>
    </message>
    <message>
      <source>nothing was carried out in the commune this year</source>
      <translation>không triển khai thực hiện hoạt động nào tại xã trong năm</translation>
    </message>
    <message>
      <source>the sponsor sent no report</source>
      <translation>đơn vị không có báo cáo</translation>
    </message>
    <message>
      <source>only visits and gifts were given</source>
      <translation>chỉ thực hiện thăm hỏi, tặng quà</translation>
    </message>
    <message>
      <source>Eligible under QĐ 3651/QĐ-UBND: twinned, carried out {done}, reported, and not only visits and gifts</source>
      <translation>Đủ điều kiện theo QĐ 3651/QĐ-UBND: có kết nghĩa, đã triển khai {done}, có báo cáo và không chỉ thăm hỏi, tặng quà</translation>
    </message>
    <message>
      <source>This assessment does not exist or has been deleted.</source>
      <translation>Bản đánh giá này không tồn tại hoặc đã bị xóa.</translation>
    </message>
    <message>
      <source>Year-end assessment</source>
      <translation>Đánh giá cuối năm</translation>
    </message>
    <message>
      <source>; targets not met: {targets}</source>
      <translation>; chưa đạt chỉ tiêu: {targets}</translation>
    </message>
    <message>
      <source>A year that has not begun cannot be assessed.</source>
      <translation>Không thể đánh giá một năm chưa bắt đầu.</translation>
    </message>
    <message>
      <source>Only a sponsor twinned with the commune in that year can be assessed.</source>
      <translation>Chỉ đánh giá được đơn vị kết nghĩa với xã trong năm đó.</translation>
    </message>
    <message>
      <source>Give a rating before finalizing.</source>
      <translation>Hãy xếp loại trước khi chốt đánh giá.</translation>
    </message>
    <message>
      <source>Enter who finalizes the assessment.</source>
      <translation>Nhập tên người chốt đánh giá.</translation>
    </message>
    <message>
      <source>{count} receipts</source>
      <translation>{count} lượt hỗ trợ</translation>
    </message>
    <message>
      <source>{count} livelihood models</source>
      <translation>{count} mô hình sinh kế</translation>
    </message>
    <message>
      <source> and </source>
      <translation> và </translation>
    </message>
    <message>
      <source>This assessment was finalized on {date} and cannot be changed; make a new revision instead.</source>
      <translation>Bản đánh giá đã được chốt ngày {date} nên không sửa được; hãy lập bản điều chỉnh mới.</translation>
    </message>
    <message>
      <source>assessments</source>
      <translation>bản đánh giá</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Xếp loại</translation>
    </message>
    <message>
      <source>Not eligible under QĐ 3651/QĐ-UBND: {reasons}.</source>
      <translation>Không đủ điều kiện theo QĐ 3651/QĐ-UBND: {reasons}.</translation>
    </message>
  </context>
</TS>
