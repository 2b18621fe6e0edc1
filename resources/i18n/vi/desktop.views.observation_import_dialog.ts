<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.observation_import_dialog</name>
    <message>
      <source>Reading the sheet…</source>
      <translation>Đang đọc trang tính…</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>Đang kiểm tra các dòng…</translation>
    </message>
    <message>
      <source>Importing the observations…</source>
      <translation>Đang nhập phiếu khảo sát hộ…</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <source>Check result</source>
      <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Hộ gia đình</translation>
    </message>
    <message>
      <source>Income per person per month</source>
      <translation>Thu nhập bình quân/người/tháng</translation>
    </message>
    <message>
      <source>Lacking indicators</source>
      <translation>Chỉ số thiếu hụt</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Số khẩu</translation>
    </message>
    <message>
      <source>Import the observations of {title}</source>
      <translation>Nhập phiếu khảo sát hộ của đợt {title}</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Hợp lệ</translation>
    </message>
    <message>
      <source>{good} observations can be imported, {bad} rows are refused, {already} households are already observed in this round.</source>
      <translation>{good} phiếu nhập được, {bad} dòng bị từ chối, {already} hộ đã được khảo sát trong đợt này.</translation>
    </message>
  </context>
</TS>
