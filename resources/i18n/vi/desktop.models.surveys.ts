<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.surveys</name>
    <message>
      <source>Choose the kind of survey.</source>
      <translation>Chọn loại khảo sát.</translation>
    </message>
    <message>
      <source>Enter a title for the survey round.</source>
      <translation>Nhập tên đợt khảo sát.</translation>
    </message>
    <message>
      <source>This survey round no longer exists; it may have been deleted.</source>
      <translation>Đợt khảo sát này không còn; có thể đã bị xóa.</translation>
    </message>
    <message>
      <source>Choose at least one surveyor from the working group.</source>
      <translation>Chọn ít nhất một người khảo sát trong Tổ công tác.</translation>
    </message>
    <message>
      <source>This observation no longer exists; it may have been deleted.</source>
      <translation>Phiếu khảo sát hộ này không còn; có thể đã bị xóa.</translation>
    </message>
    <message>
      <source>Choose the household.</source>
      <translation>Chọn hộ gia đình.</translation>
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
      <source>Commune survey</source>
      <translation>Khảo sát cấp xã</translation>
    </message>
    <message>
      <source>Village survey</source>
      <translation>Khảo sát cấp thôn</translation>
    </message>
    <message>
      <source>Household review</source>
      <translation>Rà soát hộ gia đình</translation>
    </message>
    <message>
      <source>A chosen surveyor is no longer in the working group.</source>
      <translation>Một người khảo sát đã chọn không còn trong Tổ công tác.</translation>
    </message>
    <message>
      <source>Unknown indicator.</source>
      <translation>Chỉ tiêu không có trong danh mục.</translation>
    </message>
    <message>
      <source>This village no longer exists.</source>
      <translation>Thôn này không còn trong danh sách.</translation>
    </message>
    <message>
      <source>This household is not in the survey's commune.</source>
      <translation>Hộ này không thuộc xã của đợt khảo sát.</translation>
    </message>
    <message>
      <source>This household is already observed in this round.</source>
      <translation>Hộ này đã có phiếu trong đợt khảo sát này.</translation>
    </message>
    <message>
      <source>Unknown indicator: {codes}.</source>
      <translation>Chỉ số không có trong chuẩn nghèo: {codes}.</translation>
    </message>
    <message>
      <source>survey rounds</source>
      <translation>đợt khảo sát</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Giá trị</translation>
    </message>
    <message>
      <source>Classification</source>
      <translation>Phân loại</translation>
    </message>
    <message>
      <source>Income per month</source>
      <translation>Thu nhập bình quân tháng</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Số khẩu</translation>
    </message>
  </context>
</TS>
