<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.sponsor_directory</name>
    <message>
      <source>This directory entry does not exist or has been deleted.</source>
      <translation>Đơn vị này không có trong danh mục hoặc đã bị xóa.</translation>
    </message>
    <message>
      <source>Give the sponsor's name.</source>
      <translation>Nhập tên đơn vị kết nghĩa.</translation>
    </message>
    <message>
      <source>The headcount cannot be negative.</source>
      <translation>Số biên chế không được âm.</translation>
    </message>
    <message>
      <source>No commune sponsor has this id; it may have been deleted.</source>
      <translation>Không có đơn vị kết nghĩa nào của xã mang mã này; có thể đã bị xóa.</translation>
    </message>
    <message>
      <source>Give the name of the officer who confirms the match.</source>
      <translation>Nhập tên cán bộ xác nhận đối chiếu.</translation>
    </message>
    <message>
      <source>This sponsor is not matched to a directory entry.</source>
      <translation>Đơn vị này chưa được đối chiếu với danh mục.</translation>
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
      <source>{name} ({commune}, not matched)</source>
      <translation>{name} ({commune}, chưa đối chiếu)</translation>
    </message>
    <message>
      <source>{name} (not matched)</source>
      <translation>{name} (chưa đối chiếu)</translation>
    </message>
    <message>
      <source>No directory entry is named “{text}”; `sponsors directory list` lists them.</source>
      <translation>Danh mục không có đơn vị nào tên “{text}”; lệnh `sponsors directory list` liệt kê danh mục.</translation>
    </message>
    <message>
      <source>Several directory entries are named “{text}”; give the entry's id.</source>
      <translation>Nhiều đơn vị trong danh mục có tên “{text}”; hãy nhập mã (id) của đơn vị.</translation>
    </message>
    <message>
      <source>Unknown kind of sponsor “{kind}”; choose one of: {kinds}.</source>
      <translation>Không có loại đơn vị “{kind}”; chọn một trong: {kinds}.</translation>
    </message>
    <message>
      <source>Directory entry</source>
      <translation>Đơn vị trong danh mục</translation>
    </message>
    <message>
      <source>The directory already has “{name}”; match the sponsor to it instead.</source>
      <translation>Danh mục đã có “{name}”; hãy đối chiếu đơn vị của xã với đơn vị này.</translation>
    </message>
  </context>
</TS>
