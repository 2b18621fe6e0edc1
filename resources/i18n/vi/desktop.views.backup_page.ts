<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.backup_page</name>
    <message>
      <source>Choose the second place…</source>
      <translation>Chọn nơi lưu thứ hai…</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Sao lưu ngay</translation>
    </message>
    <message>
      <source>Check the selected copy</source>
      <translation>Kiểm tra bản đã chọn</translation>
    </message>
    <message>
      <source>Restore the selected copy…</source>
      <translation>Khôi phục bản đã chọn…</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Thời điểm</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Dung lượng</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Nơi lưu</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>Making a backup copy…</source>
      <translation>Đang tạo bản sao lưu…</translation>
    </message>
    <message>
      <source>Checking the backup copy…</source>
      <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
      <source>Choose the second place for backup copies</source>
      <translation>Chọn nơi lưu thứ hai cho các bản sao lưu</translation>
    </message>
    <message>
      <source>Restore a backup copy</source>
      <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
      <source>Backup and restore</source>
      <translation>Sao lưu và khôi phục</translation>
    </message>
    <message>
      <source>Second place: none. Choose a USB stick or another disk to keep copies there too.</source>
      <translation>Nơi lưu thứ hai: chưa có. Hãy chọn một USB hoặc ổ đĩa khác để giữ thêm bản sao ở đó.</translation>
    </message>
    <message>
      <source>Wait until the work in progress ends, then restore.</source>
      <translation>Hãy chờ công việc đang chạy kết thúc rồi khôi phục.</translation>
    </message>
    <message>
      <source>A backup copy is made automatically every day, before upgrades and imports and when the window closes after changes; the newest ones, one a day for a week, one a week for a month and one a month for a year are kept in {folder}.</source>
      <translation>Bản sao lưu được tạo tự động mỗi ngày, trước khi nâng cấp và nhập dữ liệu, và khi đóng cửa sổ sau khi có thay đổi; các bản mới nhất, mỗi ngày một bản trong một tuần, mỗi tuần một bản trong một tháng và mỗi tháng một bản trong một năm được giữ tại {folder}.</translation>
    </message>
    <message>
      <source>second place</source>
      <translation>nơi thứ hai</translation>
    </message>
    <message>
      <source>data folder</source>
      <translation>thư mục dữ liệu</translation>
    </message>
    <message>
      <source>Backup copy made: {path}</source>
      <translation>Đã tạo bản sao lưu: {path}</translation>
    </message>
    <message>
      <source>{file} is a sound backup copy of “{station}”: {households} households, integrity check passed.</source>
      <translation>{file} là bản sao lưu tốt của “{station}”: {households} hộ, đã qua kiểm tra toàn vẹn.</translation>
    </message>
    <message>
      <source>Backup copies now also go to {folder}.</source>
      <translation>Từ nay bản sao lưu cũng được chép vào {folder}.</translation>
    </message>
    <message>
      <source>Replace the database with the copy made on {when}? What was entered since then is kept in a backup copy of the current database, and a commune station that already sent it to the {level} gets it back from the {level}.</source>
      <translation>Thay cơ sở dữ liệu bằng bản sao lưu lúc {when}? Những gì nhập sau thời điểm đó được giữ trong một bản sao lưu của cơ sở dữ liệu hiện tại, và trạm xã nào đã gửi những dữ liệu đó lên {level} sẽ nhận lại từ {level}.</translation>
    </message>
    <message>
      <source>{size} KB</source>
      <translation>{size} KB</translation>
    </message>
    <message>
      <source>Second place: {folder}</source>
      <translation>Nơi lưu thứ hai: {folder}</translation>
    </message>
  </context>
</TS>
