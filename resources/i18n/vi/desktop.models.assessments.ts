<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.assessments</name>
    <message>
      <source>This sponsor does not exist or has been deleted.</source>
      <translation>Đơn vị kết nghĩa này không tồn tại hoặc đã bị xóa.</translation>
    </message>
    <message>
      <source>Not twinned with the commune this year (no participation).</source>
      <translation>Không kết nghĩa với xã trong năm (không tham gia công tác kết nghĩa).</translation>
    </message>
    <message>
      <source>Nothing was carried out in the commune this year.</source>
      <translation>Không triển khai thực hiện hoạt động nào tại xã trong năm.</translation>
    </message>
    <message>
      <source>The sponsor sent no report.</source>
      <translation>Đơn vị không có báo cáo.</translation>
    </message>
    <message>
      <source>Only visits and gifts were given.</source>
      <translation>Chỉ thực hiện thăm hỏi, tặng quà.</translation>
    </message>
    <message>
      <source>This assessment does not exist or has been deleted.</source>
      <translation>Bản đánh giá này không tồn tại hoặc đã bị xóa.</translation>
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
      <source>Carried out support worth {value} and met {met} of {total} targets.</source>
      <translation>Đã hỗ trợ trị giá {value}, đạt {met}/{total} chỉ tiêu.</translation>
    </message>
    <message>
      <source>This assessment was finalized on {date} and cannot be changed; make a new revision instead.</source>
      <translation>Bản đánh giá đã được chốt ngày {date} nên không sửa được; hãy lập bản điều chỉnh mới.</translation>
    </message>
  </context>
</TS>
