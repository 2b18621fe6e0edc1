<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.wal</name>
    <message>
      <source>The journal file (-wal) left beside the database was damaged; it was set aside in {folder} and the database was kept as it was before it. If recent work is missing, restore the newest backup copy (page “Backup and restore”).</source>
      <translation>Tệp nhật ký (-wal) để lại cạnh cơ sở dữ liệu bị hỏng; tệp đã được cất riêng vào {folder} và cơ sở dữ liệu được giữ như trước đó. Nếu thiếu công việc gần đây, hãy khôi phục bản sao lưu mới nhất (trang “Sao lưu và khôi phục”).</translation>
    </message>
    <message>
      <source>A journal file (-wal) of an earlier database was left beside this one, which was put in place from a copy; it was set aside in {folder} and the database was kept as the copy holds it.</source>
      <translation>Tệp nhật ký (-wal) của cơ sở dữ liệu trước còn để lại cạnh cơ sở dữ liệu này (được đặt vào từ một bản sao); tệp đã được cất riêng vào {folder} và cơ sở dữ liệu được giữ đúng như bản sao.</translation>
    </message>
    <message>
      <source>A journal file (-wal) appeared beside the database after Sổ Kết Nghĩa had closed it properly, so this program did not write it (it was copied in, or left by another program); it was set aside in {folder} and the database was kept as it was. If recent work is missing, restore the newest backup copy (page “Backup and restore”).</source>
      <translation>Một tệp nhật ký (-wal) xuất hiện cạnh cơ sở dữ liệu sau khi Sổ Kết Nghĩa đã đóng đúng cách, nên không phải do chương trình này ghi (được chép vào, hoặc do chương trình khác để lại); tệp đã được cất riêng vào {folder} và cơ sở dữ liệu được giữ nguyên. Nếu thiếu công việc gần đây, hãy khôi phục bản sao lưu mới nhất (trang “Sao lưu và khôi phục”).</translation>
    </message>
    <message>
      <source>A journal file (-wal) beside the database belonged to another database, probably copied in by hand; it was set aside in {folder} and the database was kept as it was. If recent work is missing, restore the newest backup copy (page “Backup and restore”).</source>
      <translation>Tệp nhật ký (-wal) cạnh cơ sở dữ liệu thuộc về một cơ sở dữ liệu khác, có lẽ do chép bằng tay; tệp đã được cất riêng vào {folder} và cơ sở dữ liệu được giữ nguyên. Nếu thiếu công việc gần đây, hãy khôi phục bản sao lưu mới nhất (trang “Sao lưu và khôi phục”).</translation>
    </message>
    <message>
      <source>The database has a journal file (-wal) that was not closed properly, and it cannot be copied aside before it is used ({reason}); free some space or copy the data folder to a disk that can be written, then open it again.</source>
      <translation>Cơ sở dữ liệu có tệp nhật ký (-wal) chưa được đóng đúng cách và không chép riêng ra được trước khi dùng ({reason}); hãy giải phóng dung lượng hoặc chép thư mục dữ liệu sang ổ ghi được, rồi mở lại.</translation>
    </message>
  </context>
</TS>
