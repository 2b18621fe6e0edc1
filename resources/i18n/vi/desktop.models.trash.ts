<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.trash</name>
    <message>
      <source>Village</source>
      <translation>Thôn</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Twinning</source>
      <translation>Kết nghĩa</translation>
    </message>
    <message>
      <source>Working group member</source>
      <translation>Thành viên Tổ công tác</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Hộ gia đình</translation>
    </message>
    <message>
      <source>Household status of a year</source>
      <translation>Tình trạng hộ trong năm</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>Đợt khảo sát</translation>
    </message>
    <message>
      <source>Survey indicator</source>
      <translation>Chỉ tiêu khảo sát</translation>
    </message>
    <message>
      <source>Survey observation</source>
      <translation>Phiếu khảo sát hộ</translation>
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
      <source>Receipt</source>
      <translation>Đợt tiếp nhận</translation>
    </message>
    <message>
      <source>Receipt representative</source>
      <translation>Đại diện trong biên bản tiếp nhận</translation>
    </message>
    <message>
      <source>Receipt item</source>
      <translation>Hạng mục tiếp nhận</translation>
    </message>
    <message>
      <source>Receipt–need link</source>
      <translation>Liên kết tiếp nhận – nhu cầu</translation>
    </message>
    <message>
      <source>Allocation</source>
      <translation>Phân bổ</translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>Tệp đính kèm</translation>
    </message>
    <message>
      <source>Livelihood model</source>
      <translation>Mô hình sinh kế</translation>
    </message>
    <message>
      <source>Model member household</source>
      <translation>Hộ thành viên mô hình</translation>
    </message>
    <message>
      <source>Year-end assessment</source>
      <translation>Đánh giá cuối năm</translation>
    </message>
    <message>
      <source>Sponsor of the hub's directory</source>
      <translation>Đơn vị trong danh mục của trạm tổng hợp</translation>
    </message>
    <message>
      <source>Match of a commune's sponsor to the directory</source>
      <translation>Đối chiếu đơn vị của xã với danh mục</translation>
    </message>
    <message>
      <source>Issued document</source>
      <translation>Văn bản đã phát hành</translation>
    </message>
    <message>
      <source>This kind of record cannot be restored.</source>
      <translation>Loại bản ghi này không khôi phục được.</translation>
    </message>
    <message>
      <source>This record is no longer in the trash.</source>
      <translation>Bản ghi này không còn trong thùng rác.</translation>
    </message>
    <message>
      <source>This record cannot be restored: another record now takes its place.</source>
      <translation>Không khôi phục được bản ghi này: đã có bản ghi khác thay thế.</translation>
    </message>
  </context>
</TS>
