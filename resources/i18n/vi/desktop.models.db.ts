<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.db</name>
    <message>
      <source>The database is in use by another program (another copy of Sổ Kết Nghĩa, a backup or antivirus tool); close it and try again. Nothing was changed.</source>
      <translation>Cơ sở dữ liệu đang bị một chương trình khác khóa (một cửa sổ Sổ Kết Nghĩa khác, phần mềm sao lưu hoặc diệt virus); đóng chương trình đó rồi thử lại. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
      <source>The disk is full: nothing was changed. Free some space on the disk (delete or move files you do not need) and try again.</source>
      <translation>Ổ đĩa đã đầy: chưa có gì bị thay đổi. Giải phóng dung lượng ổ đĩa (xóa hoặc chuyển đi các tệp không cần) rồi thử lại.</translation>
    </message>
    <message>
      <source>The database file cannot be written (the folder or the disk is read-only); copy the data folder to a disk you can write to, or check its permissions.</source>
      <translation>Không ghi được vào tệp cơ sở dữ liệu (thư mục hoặc ổ đĩa chỉ cho đọc); chép thư mục dữ liệu sang ổ đĩa ghi được, hoặc kiểm tra quyền ghi của thư mục.</translation>
    </message>
    <message>
      <source>The database file cannot be opened; check that the data folder exists and that the disk is plugged in.</source>
      <translation>Không mở được tệp cơ sở dữ liệu; kiểm tra thư mục dữ liệu còn đó và ổ đĩa đã được cắm vào.</translation>
    </message>
    <message>
      <source>The database file is damaged; restore it from a backup copy.</source>
      <translation>Tệp cơ sở dữ liệu bị hỏng; hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
      <source>The disk could not be read or written (input/output error); check the disk and try again. If it happens again, copy the data folder to another disk.</source>
      <translation>Không đọc hoặc ghi được ổ đĩa (lỗi vào/ra); kiểm tra ổ đĩa rồi thử lại. Nếu lỗi lặp lại, chép thư mục dữ liệu sang ổ đĩa khác.</translation>
    </message>
  </context>
</TS>
