<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.arguments</name>
    <message>
      <source>usage: </source>
      <translation>cách dùng: </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>tham số bắt buộc theo thứ tự</translation>
    </message>
    <message>
      <source>options</source>
      <translation>tùy chọn</translation>
    </message>
    <message>
      <source>subcommands</source>
      <translation>lệnh con</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: lỗi: %(message)s
</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>thiếu các tham số bắt buộc: %s</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>cần một trong các tham số %s</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>tham số không hiểu được: %s</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>giá trị không hợp lệ (%(type)s): %(value)r</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>cần một giá trị</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>chỉ nhận nhiều nhất một giá trị</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>cần ít nhất một giá trị</translation>
    </message>
    <message>
      <source>expected %s argument</source>
      <translation>cần %s giá trị</translation>
    </message>
    <message>
      <source>expected %s arguments</source>
      <translation>cần %s giá trị</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>không dùng được cùng tham số %s</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>bỏ qua giá trị %r</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>tùy chọn chưa rõ: %(option)s có thể là %(matches)s</translation>
    </message>
    <message>
      <source>unexpected option string: %s</source>
      <translation>tùy chọn không mong đợi: %s</translation>
    </message>
    <message>
      <source>can't open '%(filename)s': %(error)s</source>
      <translation>không mở được '%(filename)s': %(error)s</translation>
    </message>
  </context>
</TS>
