<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.needs</name>
    <message>
      <source>Choose the support category.</source>
      <translation>Chọn nội dung hỗ trợ.</translation>
    </message>
    <message>
      <source>Describe what is needed.</source>
      <translation>Nhập nội dung nhu cầu.</translation>
    </message>
    <message>
      <source>This need no longer exists; it may have been deleted.</source>
      <translation>Nhu cầu này không còn; có thể đã bị xóa.</translation>
    </message>
    <message>
      <source>Enter the unit of the quantity (con, căn, m, …).</source>
      <translation>Nhập đơn vị tính của số lượng (con, căn, m, …).</translation>
    </message>
    <message>
      <source>Choose the priority.</source>
      <translation>Chọn mức ưu tiên.</translation>
    </message>
    <message>
      <source>This sponsor no longer exists.</source>
      <translation>Đơn vị kết nghĩa này không còn.</translation>
    </message>
    <message>
      <source>This survey round no longer exists.</source>
      <translation>Đợt khảo sát này không còn.</translation>
    </message>
    <message>
      <source>Say why the need is not carried out.</source>
      <translation>Ghi lý do không thực hiện nhu cầu.</translation>
    </message>
    <message>
      <source>The reference data gives no deadline for the needs proposal.</source>
      <translation>Dữ liệu tham chiếu không có thời hạn gửi báo cáo đề xuất nhu cầu.</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Nhu cầu</translation>
    </message>
    <message>
      <source>Need beneficiary</source>
      <translation>Đối tượng thụ hưởng nhu cầu</translation>
    </message>
    <message>
      <source>Need status change</source>
      <translation>Thay đổi trạng thái nhu cầu</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>Đề xuất</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Đã gửi</translation>
    </message>
    <message>
      <source>Accepted for support</source>
      <translation>Được nhận hỗ trợ</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Đang thực hiện</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Hoàn thành</translation>
    </message>
    <message>
      <source>Not carried out</source>
      <translation>Không thực hiện</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Cao</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Trung bình</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Thấp</translation>
    </message>
    <message>
      <source>A chosen beneficiary no longer exists.</source>
      <translation>Một đối tượng thụ hưởng đã chọn không còn.</translation>
    </message>
    <message>
      <source>From “{current}” a need can go to: {allowed}.</source>
      <translation>Từ “{current}”, nhu cầu chỉ có thể chuyển sang: {allowed}.</translation>
    </message>
    <message>
      <source>The year must be between 2000 and {last}.</source>
      <translation>Năm phải từ 2000 đến {last}.</translation>
    </message>
    <message>
      <source>The date cannot be before the last change ({date}).</source>
      <translation>Ngày không được trước lần thay đổi gần nhất ({date}).</translation>
    </message>
    <message>
      <source>No need of {year} is waiting to be sent.</source>
      <translation>Không còn nhu cầu nào của năm {year} chờ gửi.</translation>
    </message>
    <message>
      <source>Give a cost and a proposed sponsor to every need first: {needs}.</source>
      <translation>Cần ghi kinh phí dự kiến và đơn vị đề xuất hỗ trợ cho mọi nhu cầu trước: {needs}.</translation>
    </message>
    <message>
      <source>needs</source>
      <translation>nhu cầu</translation>
    </message>
    <message>
      <source>Estimated cost</source>
      <translation>Kinh phí dự kiến</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Mức ưu tiên</translation>
    </message>
    <message>
      <source>Status date</source>
      <translation>Ngày chuyển trạng thái</translation>
    </message>
  </context>
</TS>
